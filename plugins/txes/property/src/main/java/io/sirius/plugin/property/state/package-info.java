/**
 * The Property cache (Sirius CacheId 10), keyed by address, readable by other plugins and by REST through
 * {@link io.sirius.plugin.property.state.PropertyView}.
 */
@Version("1.0.0")
package io.sirius.plugin.property.state;

import org.osgi.annotation.versioning.Version;
