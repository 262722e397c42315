/**
 * The account link family's model, readable by other plugins: the entity type, the link action, the transaction
 * body and the notifications its handler publishes.
 */
@Version("1.0.0")
package io.sirius.plugin.accountlink.model;

import org.osgi.annotation.versioning.Version;
