/**
 * The BlockchainUpgrade cache (Sirius CacheId 13), readable by the kernel and other plugins: the height at which a
 * node version becomes required, to that version.
 */
@Version("1.0.0")
package io.sirius.plugin.upgrade.state;

import org.osgi.annotation.versioning.Version;
