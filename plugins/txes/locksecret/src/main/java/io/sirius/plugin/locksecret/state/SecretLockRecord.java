package io.sirius.plugin.locksecret.state;

/**
 * A row of the SecretLockInfo cache: a {@link SecretLockInfo} under a {@link SecretLockKey.Lock} key, or a
 * {@link LockKeySet} under an index key.
 */
public sealed interface SecretLockRecord permits SecretLockInfo, LockKeySet {
}
