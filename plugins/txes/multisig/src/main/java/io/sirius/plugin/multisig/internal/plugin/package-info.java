/**
 * The multisig family's entry point, Modify_Multisig_Account codec and handler.
 */
package io.sirius.plugin.multisig.internal.plugin;
