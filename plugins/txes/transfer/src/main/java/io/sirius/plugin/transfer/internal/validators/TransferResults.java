package io.sirius.plugin.transfer.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.transfer.model.TransferTypes;

/**
 * Every result code of the transfer family (facility 0x54), numbered as Sirius numbers them.
 */
public enum TransferResults implements FamilyFailure {
    /** The message is larger than the network allows. */
    MESSAGE_TOO_LARGE(6, "the message is larger than maxMessageSize"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(7, "the transfer plugin's config section is malformed"),
    /** Mosaic ids are not strictly ascending. */
    OUT_OF_ORDER_MOSAICS(200, "mosaics must be sorted by id, each id once");

    private final Definition definition;

    TransferResults(int code, String reason) {
        definition = new Definition(TransferTypes.FACILITY, "Transfer", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
