/**
 * Writes a lock cache for its family's observers, keeping the index rows in step with the locks
 * ({@link io.sirius.plugin.lockshared.cache.LockCacheDelta}), so that adding a lock and removing it again leaves every
 * row as it was.
 */
@Version("1.0.0")
package io.sirius.plugin.lockshared.cache;

import org.osgi.annotation.versioning.Version;
