/**
 * The node's durable data: the {@link io.sirius.state.StateStore} holding every state cache (typed through
 * plugin-api's {@link io.sirius.api.state.CacheDescriptor}s, each with a Merkle root) and the kernel's plain
 * indexes, committed atomically with the chain height; and the {@link io.sirius.state.BlockStore}, the
 * append-only source of truth. Engines are provided as {@link io.sirius.state.StateStoreFactory} services, so a
 * faster one can be added as a feature.
 */
@Version("0.1.0")
package io.sirius.state;

import org.osgi.annotation.versioning.Version;
