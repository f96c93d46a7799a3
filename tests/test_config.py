"""config.load: validation with precise messages naming the key path and the bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.config import ConfigError, load, parse_duration, parse_size

ROOT = Path(__file__).resolve().parents[1]


def _load(tmp_path: Path, text: str, env: dict[str, str] | None = None) -> list[str]:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load(path, env or {})
    return info.value.problems


def test_shipped_config_is_valid() -> None:
    """The config.yaml at the root loads as shipped, with at least 12 feeds and a file digest."""
    config = load(ROOT / "config.yaml", {})
    assert len(config.feeds) >= 12
    assert all(f.url.startswith("https://") for f in config.feeds)
    assert any(d.type == "file" for d in config.destinations.values())


@pytest.mark.parametrize(("text", "expected"), [
    ("polling: {intervall: 5m}", "polling.intervall: unknown key 'intervall' (did you mean 'interval'?)"),
    ("feeds: [{url: 'https://a.org/f', nmae: x}]", "feeds[0].nmae: unknown key 'nmae' (did you mean 'name'?)"),
    ("destinations: {d: {type: file, schedul: '0 8 * * *'}}", "destinations.d.schedul: unknown key 'schedul' (did you mean 'schedule'?)"),
    ("destinations: {d: {type: file, schedule: '0 25 * * *'}}", "destinations.d.schedule: bad cron expression '0 25 * * *'"),
    ("destinations: {d: {type: file, timezone: Asia/Seol}}", "destinations.d.timezone: unknown time zone 'Asia/Seol'"),
    ("destinations: {d: {type: slak, url: x}}", "destinations.d: unknown destination type 'slak'"),
    ("feeds: [{url: 'https://a.org/f'}, {url: 'https://a.org/f/'}]", "feeds[1].url: duplicate feed URL 'https://a.org/f/' (also feeds[0])"),
    ("feeds: [{url: 'ftp://a.org/f'}]", "feeds[0].url: 'ftp://a.org/f' is not an http(s) URL: ftp:// is not supported"),
    ("polling: {timeout: soon}", "polling.timeout: 'soon' is not a duration"),
    ("polling: {max_bytes: lots}", "polling.max_bytes: 'lots' is not a size"),
    ("smtp: {host: h, from: a@b, password: '${SMTP_PASSWORD}'}", "smtp.password: environment variable SMTP_PASSWORD is not set"),
    ("destinations: {d: {type: file, profiles: [defektions]}}\nprofiles: {defections: {query: x}}", "destinations.d.profiles[0]: unknown profile 'defektions' (did you mean 'defections'?)"),
    ("destinations: {d: {type: email, to: [a@b.org]}}", "destinations.d: type email needs an 'smtp' section"),
    ("polling: {parse_workers: many}", "polling.parse_workers: must be a number of worker processes or 'auto' (got 'many')"),
    ("feeds: [{url: 'http://127.0.0.1:99999/f'}]", "feeds[0].url: 'http://127.0.0.1:99999/f': port 99999 is out of range (1-65535)"),
    ("feeds: [{url: 'example.org/feed'}]", "feeds[0].url: 'example.org/feed' is not a URL: it needs http:// or https:// (did you mean https://example.org/feed?)"),
    ("destinations: {d: {url: 'https://hooks.example/x'}}", "destinations.d: destination 'd' needs a type: one of file, email, slack"),
    ("feeds: {url: 'https://a.org/f'}", "feeds: must be a list (one '- ' entry per line), not a mapping"),
    ("profiles: [a, b]", "profiles: must be a mapping of keys (key: value lines), not a list"),
    ("polling: 5", "polling: must be a mapping of keys (key: value lines), not 5"),
    ("storage: {database: x, retention_days: 0}", "storage.retention_days: Input should be greater than or equal to 1 (got 0)"),
])
def test_problems_name_key_and_value(tmp_path: Path, text: str, expected: str) -> None:
    """Each mistake yields one problem line naming the key path and the bad value."""
    problems = _load(tmp_path, text)
    assert any(p.startswith(expected) for p in problems), problems


def test_all_problems_listed_together(tmp_path: Path) -> None:
    """Several mistakes are all reported at once, not one per run."""
    problems = _load(tmp_path, "polling: {intervall: 5m, timeout: x}\nstorage: {dtabase: y}")
    assert len(problems) == 3


def test_missing_variable_does_not_hide_other_problems(tmp_path: Path) -> None:
    """A missing ${VAR} is listed together with the validation problems, not instead of them."""
    problems = _load(tmp_path, "smtp: {host: h, from: a@b, password: '${SMTP_PASSWORD}'}\n"
                               "polling: {intervall: 5m}")
    assert problems == ["smtp.password: environment variable SMTP_PASSWORD is not set",
                        "polling.intervall: unknown key 'intervall' (did you mean 'interval'?)"]


def test_missing_variable_is_one_problem_not_two(tmp_path: Path) -> None:
    """The "" standing in for a missing variable adds no second complaint about the same key."""
    problems = _load(tmp_path, "feeds: [{url: '${FEED_URL}'}]")
    assert problems == ["feeds[0].url: environment variable FEED_URL is not set"]


@pytest.mark.parametrize(("value", "workers"), [("auto", "auto"), ("0", 0), ("4", 4), ("'3'", 3)])
def test_parse_workers_accepts_auto_and_counts(tmp_path: Path, value: str, workers: object) -> None:
    """parse_workers is 'auto' or a whole number of processes."""
    path = tmp_path / "c.yaml"
    path.write_text(f"polling: {{parse_workers: {value}}}", encoding="utf-8")
    assert load(path, {}).polling.parse_workers == workers


@pytest.mark.parametrize("value", ["many", "-1", "2.5", "true"])
def test_parse_workers_mistake_is_one_line(tmp_path: Path, value: str) -> None:
    """A bad parse_workers gives one plain line, without pydantic's union member tags."""
    problems = _load(tmp_path, f"polling: {{parse_workers: {value}}}")
    assert len(problems) == 1 and problems[0].startswith(
        "polling.parse_workers: must be a number of worker processes or 'auto' (got ")


def test_env_interpolation(tmp_path: Path) -> None:
    """${VAR} is replaced from the environment given to load."""
    path = tmp_path / "c.yaml"
    path.write_text("smtp: {host: h, from: a@b, password: 'pw-${SECRET}'}", encoding="utf-8")
    config = load(path, {"SECRET": "xyz"})
    assert config.smtp is not None and config.smtp.password == "pw-xyz"


def test_yaml_syntax_error(tmp_path: Path) -> None:
    """Broken YAML names the file, the line and column, and what the parser expected."""
    problems = _load(tmp_path, "feeds:\n  - url: https://a.org/f\n   name: [\n")
    assert problems == [f"{tmp_path / 'config.yaml'}, line 3, column 4: not valid YAML: did "
                        "not find expected '-' indicator (while parsing a block collection "
                        "that starts on line 2)"]


def test_webhook_url_problem_does_not_repeat_the_token(tmp_path: Path) -> None:
    """A refused webhook URL is named by scheme and host only: its path is the secret."""
    problems = _load(tmp_path, "destinations: {d: {type: slack, url: "
                               "'https://hooks.example:99999/services/T0/B0/sEcReT'}}")
    assert problems == ["destinations.d.url: 'https://hooks.example:99999/…': port 99999 is "
                        "out of range (1-65535)"]


def test_relative_paths_resolve_against_config_folder(tmp_path: Path) -> None:
    """storage.database ./x.db resolves next to the config file, not the working directory."""
    path = tmp_path / "c.yaml"
    path.write_text("storage: {database: ./x.db}", encoding="utf-8")
    config = load(path, {})
    assert config.resolve(config.storage.database) == tmp_path / "x.db"


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("2h", 7200),
                                               ("1d", 86400), (45, 45), ("1.5h", 5400)])
def test_durations(text: object, seconds: float) -> None:
    """Durations accept s/m/h/d suffixes and bare seconds."""
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(("text", "size"), [("10MB", 10_000_000), ("512KB", 512_000),
                                            ("1MiB", 1_048_576), (2048, 2048)])
def test_sizes(text: object, size: int) -> None:
    """Sizes accept KB/MB/MiB suffixes and bare bytes."""
    assert parse_size(text) == size
