/**
 * The transfer family's model, readable by other plugins: the entity type, the transaction body and the
 * notifications its handler publishes.
 */
@Version("1.0.0")
package io.sirius.plugin.transfer.model;

import org.osgi.annotation.versioning.Version;
