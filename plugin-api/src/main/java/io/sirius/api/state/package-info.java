/**
 * State caches that plugins declare (mosaics, namespaces, multisig, locks, drives, ...): immutable entries
 * with a versioned binary serializer, read through a {@link io.sirius.api.state.CacheView} and changed only
 * through the {@link io.sirius.api.state.CacheDelta} of the block being applied. The kernel stores them and
 * folds each cache's Merkle root into the block's StateHash, in Sirius's CacheId order.
 */
@Version("1.2.0")
package io.sirius.api.state;

import org.osgi.annotation.versioning.Version;
