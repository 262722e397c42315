/**
 * The SecretLockInfo cache (Sirius CacheId 9), readable by other plugins and by REST through
 * {@link io.sirius.plugin.locksecret.state.SecretLockView}: the locks by composite hash, and the indexes that find
 * them by expiry height, owner and secret without scanning. The lock status, index rows and what every lock has come
 * from {@code io.sirius.plugin.lockshared.state}, which lockhash shares (2.0: {@code LockStatus} and {@code LockKeySet}
 * moved there, {@code SecretLockRecord} became its {@code LockRecord}).
 */
@Version("2.0.0")
package io.sirius.plugin.locksecret.state;

import org.osgi.annotation.versioning.Version;
