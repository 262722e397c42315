/**
 * The HashLockInfo cache (Sirius CacheId 8), readable by other plugins and by REST through
 * {@link io.sirius.plugin.lockhash.state.HashLockView}: the locks by aggregate hash, and the indexes that find them by
 * expiry height and owner without scanning.
 */
@Version("1.0.0")
package io.sirius.plugin.lockhash.state;

import org.osgi.annotation.versioning.Version;
