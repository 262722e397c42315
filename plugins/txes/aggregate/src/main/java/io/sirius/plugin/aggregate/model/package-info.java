/**
 * The aggregate family's model, readable by other plugins: the entity types and versions, the body of an aggregate,
 * and the notifications its handler publishes, which plugins judging cosigners (multisig) and plugins reacting to
 * aggregates (locks, operations) register for.
 *
 * <p>Value records and constants only; codecs, validators and the plugin live in
 * {@code io.sirius.plugin.aggregate.internal}.
 */
@Version("1.0.0")
package io.sirius.plugin.aggregate.model;

import org.osgi.annotation.versioning.Version;
