/**
 * The namespace family's model, readable by other plugins: the entity types and their versions, the transaction
 * bodies, the notifications the handlers publish, and the two Sirius rules other families need too: how a namespace
 * id is derived from its name ({@link io.sirius.plugin.namespace.model.NamespaceIds}) and which names are valid
 * ({@link io.sirius.plugin.namespace.model.NamespaceNames}).
 *
 * <p>Value records and constants only; validators, observers, serializers and routes live under
 * {@code io.sirius.plugin.namespace.internal}.
 */
@Version("1.0.0")
package io.sirius.plugin.namespace.model;

import org.osgi.annotation.versioning.Version;
