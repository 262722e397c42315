/**
 * The property family's model, readable by other plugins: the entity types, the property type flags, the transaction
 * bodies and the notifications the handlers publish.
 */
@Version("1.0.0")
package io.sirius.plugin.property.model;

import org.osgi.annotation.versioning.Version;
