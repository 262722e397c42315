package io.sirius.plugin.transfer.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;
import io.sirius.plugin.transfer.model.TransferTypes;

/**
 * Every result code of the transfer family (facility 0x54), numbered as Sirius numbers them.
 */
public enum TransferResults implements ResultCode {
    /** The message is larger than the network allows. */
    MESSAGE_TOO_LARGE(6, "the message is larger than maxMessageSize"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(7, "the transfer plugin's config section is malformed"),
    /** Mosaic ids are not strictly ascending. */
    OUT_OF_ORDER_MOSAICS(200, "mosaics must be sorted by id, each id once");

    private final int code;
    private final String reason;

    TransferResults(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    @Override
    public Severity severity() {
        return Severity.FAILURE;
    }

    @Override
    public int facility() {
        return TransferTypes.FACILITY;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public String statusName() {
        return ResultCodes.statusName(severity(), "Transfer", name());
    }

    @Override
    public String reason() {
        return reason;
    }
}
