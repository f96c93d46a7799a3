"""python -m watcher"""

from watcher.cli import program

# The guard matters: worker processes are spawned, and spawn re-imports the main module.
if __name__ == "__main__":
    program()
