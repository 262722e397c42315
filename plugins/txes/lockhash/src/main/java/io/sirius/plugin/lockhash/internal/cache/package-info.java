/** Writes the HashLockInfo cache, keeping its indexes in step with its locks. */
package io.sirius.plugin.lockhash.internal.cache;
