/**
 * The multisig family's REST routes ({@code GET /account/{accountId}/multisig}, {@code GET
 * /account/{accountId}/multisig/graph}) and the JSON of Modify_Multisig_Account, in js-xpx-chain-rest's shapes.
 */
package io.sirius.plugin.multisig.internal.rest;
