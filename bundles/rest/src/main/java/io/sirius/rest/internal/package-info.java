/**
 * The node's REST and websocket surface, compatible with js-xpx-chain-rest as tsjs-xpx-chain-sdk calls it: uint64
 * as {@code [low, high]}, upper-case hex keys and hashes, hex addresses inside JSON, {@code 202} on announce,
 * {@code 404 ResourceNotFound} and {@code 409 InvalidArgument} error bodies.
 *
 * <p>Decisions: one whiteboard servlet routes every request (core routes here, plugin routes from
 * {@link io.sirius.kernel.PluginContributions}, the most literal match winning); the websocket endpoint is a JSR-356
 * endpoint registered through pax-web's whiteboard; well-formed announcements are answered 202 as
 * js-xpx-chain-rest answers them and their failures are reported through {@code /transactionStatus} and the
 * {@code status} channel, while bytes that are not a transaction at all get a 409 at once.
 */
package io.sirius.rest.internal;
