/**
 * The blockchain upgrade family's model, readable by other plugins: the entity type, the version encoding, the
 * transaction body and the notifications its handler publishes.
 */
@Version("1.0.0")
package io.sirius.plugin.upgrade.model;

import org.osgi.annotation.versioning.Version;
