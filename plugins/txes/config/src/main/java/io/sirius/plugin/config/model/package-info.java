/**
 * The network config family's model, readable by other plugins: the entity type, the transaction body and the
 * notifications its handler publishes. The configurations themselves live in the kernel's NetworkConfig cache
 * ({@code io.sirius.kernel.config.NetworkConfigCache}).
 */
@Version("1.0.0")
package io.sirius.plugin.config.model;

import org.osgi.annotation.versioning.Version;
