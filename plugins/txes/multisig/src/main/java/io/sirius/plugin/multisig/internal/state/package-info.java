/**
 * The Multisig cache's key codec and versioned entry serializer.
 */
package io.sirius.plugin.multisig.internal.state;
