/**
 * The multisig family's model, readable by other plugins: the entity type, the Modify_Multisig_Account body and the
 * notifications its handler publishes.
 *
 * <p>Value records and constants only; codecs, validators, observers and routes live in
 * {@code io.sirius.plugin.multisig.internal}; the Multisig cache is in {@code io.sirius.plugin.multisig.state}.
 */
@Version("1.0.0")
package io.sirius.plugin.multisig.model;

import org.osgi.annotation.versioning.Version;
