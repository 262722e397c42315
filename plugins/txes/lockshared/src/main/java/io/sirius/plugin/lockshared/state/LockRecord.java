package io.sirius.plugin.lockshared.state;

/**
 * A row of a lock cache: a lock ({@link LockInfo}) under its key, or an index row ({@link LockKeySet}) listing the
 * keys of the locks that share a height, an owner or another field.
 */
public sealed interface LockRecord permits LockInfo, LockKeySet {
}
