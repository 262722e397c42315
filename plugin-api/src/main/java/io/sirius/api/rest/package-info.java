/**
 * REST routes a plugin contributes for its state, served by the node's REST bundle under the
 * js-xpx-chain-rest surface. Routes appear when the plugin's bundle starts and disappear when it stops.
 *
 * <p>Handlers return plain Java values ({@code Map}, {@code List}, {@code String}, numbers, booleans and
 * {@link io.sirius.api.rest.Uint64} for uint64 values, which are written as {@code [low, high]}); the REST
 * bundle turns them into JSON.
 */
@Version("1.2.0")
package io.sirius.api.rest;

import org.osgi.annotation.versioning.Version;
