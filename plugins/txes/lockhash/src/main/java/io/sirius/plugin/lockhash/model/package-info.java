/**
 * The hash lock family's model, readable by other plugins (the aggregate plugin above all): the entity types, the
 * transaction body and the notifications the handler publishes.
 */
@Version("1.0.0")
package io.sirius.plugin.lockhash.model;

import org.osgi.annotation.versioning.Version;
