/** Writes the SecretLockInfo cache, keeping its indexes in step with its locks. */
package io.sirius.plugin.locksecret.internal.cache;
