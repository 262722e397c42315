/**
 * The metadata_v2 family's model, readable by other plugins: the entity types and their forms, the transaction body
 * and the notifications its handlers publish.
 */
@Version("1.0.0")
package io.sirius.plugin.metadata.model;

import org.osgi.annotation.versioning.Version;
