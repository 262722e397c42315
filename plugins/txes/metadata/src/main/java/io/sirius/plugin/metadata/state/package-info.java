/**
 * The Metadata_v2 cache (Sirius CacheId 20), readable by the kernel's REST surface and other plugins: metadata
 * entries keyed by their composite hash.
 */
@Version("1.0.0")
package io.sirius.plugin.metadata.state;

import org.osgi.annotation.versioning.Version;
