"""Config problems as one line each: the key path, what is wrong, the bad value.

pydantic reports errors as (loc, type, msg, input); these helpers turn them into
"polling.intervall: unknown key 'intervall' (did you mean 'interval'?)" and resolve
${VAR} references with a problem per missing variable.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def suggest(word: str, choices: Any) -> str:
    near = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean {near[0]!r}?)" if near else ""


def interpolate(node: Any, environ: Mapping[str, str], path: str = "") -> tuple[Any, list[str]]:
    """Replace ${VAR} in every string; return the new tree and one problem per missing var."""
    problems: list[str] = []
    if isinstance(node, str):
        def sub(m: re.Match[str]) -> str:
            if m.group(1) not in environ:
                problems.append(
                    f"{path or '<root>'}: environment variable {m.group(1)} is not set"
                )
                return ""
            return environ[m.group(1)]

        return _ENV.sub(sub, node), problems
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            out[k], p = interpolate(v, environ, f"{path}.{k}" if path else str(k))
            problems += p
        return out, problems
    if isinstance(node, list):
        items = []
        for i, v in enumerate(node):
            new, p = interpolate(v, environ, f"{path}[{i}]")
            items.append(new)
            problems += p
        return items, problems
    return node, problems


def _loc(loc: tuple[int | str, ...], tags: Mapping[str, type[BaseModel]]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in tags and out.count(".") == 1 and out.startswith("destinations."):
            continue  # the discriminator tag pydantic inserts into the path
        else:
            out += f".{part}" if out else str(part)
    return out


def _model_at(loc: tuple[int | str, ...], root: type[BaseModel],
              tags: Mapping[str, type[BaseModel]]) -> type[BaseModel] | None:
    """The model class that owns the key at ``loc``, to suggest its valid names."""
    model: Any = root
    for part in loc[:-1]:
        if isinstance(part, int) or model is None:
            continue
        if part in tags:
            model = tags[part]
            continue
        field = model.model_fields.get(part) if hasattr(model, "model_fields") else None
        if field is None:
            continue  # a dict key such as a profile or destination name
        ann = field.annotation
        model = next((c for c in _classes(ann) if isinstance(c, type)
                      and issubclass(c, BaseModel)), None)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _classes(ann: Any) -> list[Any]:
    args = getattr(ann, "__args__", None)
    if not args:
        return [ann]
    return [c for a in args for c in _classes(a)]


def describe(err: Mapping[str, Any], root: type[BaseModel],
             tags: Mapping[str, type[BaseModel]]) -> str:
    """One pydantic error as a line naming the key path and the bad value."""
    loc = tuple(err["loc"])
    where = _loc(loc, tags) or "<root>"
    if err["type"] == "extra_forbidden":
        model = _model_at(loc, root, tags)
        names = [f.alias or n for n, f in model.model_fields.items()] if model else []
        names = [n for n in names if n != "base_dir"]
        return f"{where}: unknown key {loc[-1]!r}" + suggest(loc[-1], names)
    if err["type"] == "union_tag_invalid":
        return (f"{where}: unknown destination type {err['input'].get('type')!r} "
                f"(one of: {', '.join(tags)})")
    if err["type"] == "union_tag_not_found":
        return (f"{where}: destination {loc[-1]!r} needs a type: one of "
                f"{', '.join(tags)}")
    if err["type"] == "missing":
        return f"{where}: required key is missing"
    value = err.get("input")
    if err["type"] in _SHAPES:
        return f"{where}: must be {_SHAPES[err['type']]}, not {_kind(value)}"
    msg = str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "value_error" and loc == ():
        return msg
    hidden = _is_secret(loc) or isinstance(value, dict | list) or repr(value) in msg
    return f"{where}: {msg}" + ("" if hidden else f" (got {value!r})")


# pydantic's wording for a value of the wrong shape, and ours.
_SHAPES = {
    "tuple_type": "a list (one '- ' entry per line)",
    "list_type": "a list (one '- ' entry per line)",
    "dict_type": "a mapping of keys (key: value lines)",
    "model_type": "a mapping of keys (key: value lines)",
    "model_attributes_type": "a mapping of keys (key: value lines)",
}
_SECRET_KEYS = {"url", "urls", "secret", "password"}


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _is_secret(loc: tuple[int | str, ...]) -> bool:
    """Webhook URLs, signing secrets and passwords are not repeated in messages: the daemon
    logs a refused reload."""
    names = [p for p in loc if isinstance(p, str)]
    return bool(names) and names[0] in ("destinations", "smtp") and names[-1] in _SECRET_KEYS
