/**
 * The SecretLockInfo cache (Sirius CacheId 9), readable by other plugins and by REST through
 * {@link io.sirius.plugin.locksecret.state.SecretLockView}: the locks by composite hash, and the indexes that find
 * them by expiry height, owner and secret without scanning.
 */
@Version("1.0.0")
package io.sirius.plugin.locksecret.state;

import org.osgi.annotation.versioning.Version;
