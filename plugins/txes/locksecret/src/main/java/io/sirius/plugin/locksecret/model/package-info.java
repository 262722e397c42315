/**
 * The secret lock family's model, readable by other plugins: the entity types, the hash algorithms, the transaction
 * bodies and the notifications the handlers publish.
 */
@Version("1.0.0")
package io.sirius.plugin.locksecret.model;

import org.osgi.annotation.versioning.Version;
