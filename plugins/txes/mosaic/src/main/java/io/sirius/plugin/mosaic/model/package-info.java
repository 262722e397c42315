/**
 * The mosaic family's model, readable by other plugins (the namespace plugin checks that a mosaic alias names an
 * existing mosaic its signer owns): the entity types, the transaction bodies, the notifications the handlers
 * publish, the mosaic and levy entries and the descriptors of their caches.
 *
 * <p>Kept small on purpose: value records and constants only. Serializers, validators, observers and routes live in
 * {@code io.sirius.plugin.mosaic.internal}.
 */
@Version("1.0.0")
package io.sirius.plugin.mosaic.model;

import org.osgi.annotation.versioning.Version;
