package io.sirius.plugin.lockhash.state;

/**
 * A row of the HashLockInfo cache: a {@link HashLockInfo} under a {@link HashLockKey.Lock} key, or a
 * {@link LockKeySet} under an index key.
 */
public sealed interface HashLockRecord permits HashLockInfo, LockKeySet {
}
