/**
 * The HashLockInfo cache (Sirius CacheId 8), readable by other plugins and by REST through
 * {@link io.sirius.plugin.lockhash.state.HashLockView}: the locks by aggregate hash, and the indexes that find them by
 * expiry height and owner without scanning. The lock status, index rows and what every lock has come from
 * {@code io.sirius.plugin.lockshared.state}, which locksecret shares (2.0: {@code LockStatus} and {@code LockKeySet}
 * moved there, {@code HashLockRecord} became its {@code LockRecord}).
 */
@Version("2.0.0")
package io.sirius.plugin.lockhash.state;

import org.osgi.annotation.versioning.Version;
