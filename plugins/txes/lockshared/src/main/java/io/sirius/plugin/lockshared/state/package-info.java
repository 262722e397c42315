/**
 * What every lock cache holds, as Sirius's {@code lock_shared} state: the {@link io.sirius.plugin.lockshared.state.LockInfo}
 * fields both lock families start with and their {@link io.sirius.plugin.lockshared.state.LockStatus}, the index rows
 * ({@link io.sirius.plugin.lockshared.state.LockKeySet}), the row codec a family completes with its own fields
 * ({@link io.sirius.plugin.lockshared.state.LockRecordSerializer}), and the read side of a cache
 * ({@link io.sirius.plugin.lockshared.state.LockCacheView}) over the family's
 * {@link io.sirius.plugin.lockshared.state.LockCacheLayout}.
 */
@Version("1.0.0")
package io.sirius.plugin.lockshared.state;

import org.osgi.annotation.versioning.Version;
