package io.sirius.plugin.property.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.property.model.PropertyTypes;

/**
 * Every result code of the property family (facility Property, 0x50), numbered and named as Sirius's
 * {@code Results.h} numbers them. Codes 4 and 5 are kept for Sirius compatibility; no rule of Sirius's property
 * plugin answers them.
 */
public enum PropertyResults implements FamilyFailure {
    /** The property type is not one value flag below the sentinel, or not the transaction's kind. */
    INVALID_PROPERTY_TYPE(1, "the property type is invalid"),
    /** A modification type is neither add (0) nor delete (1). */
    MODIFICATION_TYPE_INVALID(2, "a modification type is invalid"),
    /** An address modification names the signer's own address. */
    MODIFICATION_ADDRESS_INVALID(3, "a modification names the signer's own address"),
    /** Kept for Sirius compatibility: the operation type is incompatible. */
    MODIFICATION_OPERATION_TYPE_INCOMPATIBLE(4, "the operation type is incompatible"),
    /** Kept for Sirius compatibility: the modification type is unsupported. */
    MODIFY_UNSUPPORTED_MODIFICATION_TYPE(5, "the modification type is unsupported"),
    /** A value is modified twice in one transaction. */
    MODIFICATION_REDUNDANT(6, "a modification is redundant"),
    /** An add of a listed value, a delete of an unlisted one, a change of mode, or a delete without properties. */
    MODIFICATION_NOT_ALLOWED(7, "the modification is not allowed"),
    /** The transaction carries more modifications than maxPropertyValues. */
    MODIFICATION_COUNT_EXCEEDED(8, "the transaction has too many modifications"),
    /** The property would hold more values than maxPropertyValues. */
    VALUES_COUNT_EXCEEDED(9, "the property would have too many values"),
    /** A value is not a transaction type, or an alias no active namespace resolves. */
    VALUE_INVALID(10, "a property value is invalid"),
    /** A participant's address property refuses the signer. */
    SIGNER_ADDRESS_INTERACTION_NOT_ALLOWED(11, "an account involved does not accept the signer"),
    /** The recipient's mosaic property refuses the mosaic. */
    MOSAIC_TRANSFER_NOT_ALLOWED(12, "the recipient does not accept the mosaic"),
    /** The signer's transaction type property refuses the transaction's type. */
    TRANSACTION_TYPE_NOT_ALLOWED(13, "the signer may not send this type of transaction"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(14, "the property plugin's config section is malformed");

    private final Definition definition;

    PropertyResults(int code, String reason) {
        definition = new Definition(PropertyTypes.FACILITY, "Property", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
