/**
 * Alias resolution: turning the unresolved mosaic ids and addresses that transactions carry (which may
 * name a namespace) into real ones. The namespace plugin contributes the resolvers; the kernel chains
 * them and passes plain values through.
 */
@Version("1.0.0")
package io.sirius.api.resolver;

import org.osgi.annotation.versioning.Version;
