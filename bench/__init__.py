"""make bench and make load: speed, memory and many readers at once (see docs/performance.md)."""
