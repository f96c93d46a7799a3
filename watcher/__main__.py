"""python -m watcher"""

from watcher.cli import main

# The guard matters: worker processes are spawned, and spawn re-imports the main module.
if __name__ == "__main__":
    main(prog_name="watcher")
