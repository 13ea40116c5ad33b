"""`python -m usperu`: the same as the `usperu` command."""

from usperu.cli import main

if __name__ == "__main__":
    main()
