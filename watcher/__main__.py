"""python -m watcher"""

from watcher.cli import main

main(prog_name="watcher")
