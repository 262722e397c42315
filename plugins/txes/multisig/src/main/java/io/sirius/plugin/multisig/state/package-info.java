/**
 * The Multisig cache (Sirius CacheId 7), readable by other plugins: one {@link io.sirius.plugin.multisig.state.MultisigEntry}
 * per account that is a multisig account, a cosignatory of one, or both.
 */
@Version("1.0.0")
package io.sirius.plugin.multisig.state;

import org.osgi.annotation.versioning.Version;
