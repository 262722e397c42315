package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.result.FamilyFailure;
import io.sirius.plugin.mosaic.model.MosaicTypes;

/**
 * Every result code of the mosaic family (facility 0x4D), numbered and named as Sirius's {@code Results.h} numbers
 * them, levies included (Sirius gives levy results the Mosaic facility too).
 *
 * <p>Codes that only Sirius's namespace-era mosaics or other families produce are kept so that a status code a client
 * receives always has its name here.
 */
public enum MosaicResults implements FamilyFailure {
    /** The duration is zero where it must not be, too long, or an incompatible change. */
    INVALID_DURATION(1, "the mosaic duration is invalid"),
    /** Kept for Sirius compatibility: a mosaic name is invalid. */
    INVALID_NAME(2, "the mosaic name is invalid"),
    /** Kept for Sirius compatibility: a mosaic name and id do not match. */
    NAME_ID_MISMATCH(3, "the mosaic name and id do not match"),
    /** The mosaic does not exist or is not active at the height. */
    EXPIRED(4, "the mosaic does not exist or has expired"),
    /** The signer does not own the mosaic. */
    OWNER_CONFLICT(5, "the mosaic belongs to another account"),
    /** The id does not derive from the signer and nonce. */
    ID_MISMATCH(6, "the mosaic id does not derive from the signer and nonce"),
    /** The sender cannot pay the levy on top of what it sends. */
    INSUFFICIENT_LEVY_BALANCE(7, "the sender cannot pay the mosaic's levy"),
    /** The levy recipient is not an account the chain knows. */
    RECIPIENT_LEVY_NOT_EXIST(8, "the levy recipient does not exist"),
    /** The levy fee is zero, or a percentile above 100 %. */
    INVALID_LEVY_FEE(9, "the levy fee is invalid"),
    /** Only the mosaic's owner may change its levy. */
    INELIGIBLE_SIGNER(10, "the signer may not change this mosaic's levy"),
    /** The levied mosaic does not exist or is not active. */
    ID_NOT_FOUND(11, "the mosaic to levy does not exist or has expired"),
    /** The mosaic has no levy entry. */
    LEVY_ENTRY_NOT_FOUND(12, "the mosaic has no levy"),
    /** Kept for Sirius compatibility: a levy already exists. */
    LEVY_ALREADY_EXIST(13, "a levy already exists for this mosaic"),
    /** The levy type is not absolute or percentile. */
    INVALID_LEVY_TYPE(14, "the levy type is invalid"),
    /** The mosaic's levy was already removed. */
    CURRENT_LEVY_NOT_SET(15, "the mosaic has no levy in force"),
    /** The mosaic the levy is paid in does not exist or has expired. */
    LEVY_NOT_FOUND_OR_EXPIRED(16, "the levy mosaic does not exist or has expired"),
    /** Levies are switched off in the network config. */
    LEVY_NOT_ENABLED(17, "mosaic levies are not enabled"),
    /** Kept for Sirius compatibility: a parent id conflicts. */
    PARENT_ID_CONFLICT(100, "the mosaic parent id conflicts"),
    /** An optional property is not the duration, or there is more than one. */
    INVALID_PROPERTY(101, "a mosaic property is invalid"),
    /** The flags use a bit Sirius does not define. */
    INVALID_FLAGS(102, "the mosaic flags are invalid"),
    /** The divisibility is above the network's maximum. */
    INVALID_DIVISIBILITY(103, "the mosaic divisibility is invalid"),
    /** The direction is not decrease (0) or increase (1). */
    INVALID_SUPPLY_CHANGE_DIRECTION(104, "the supply change direction is invalid"),
    /** The supply change is zero. */
    INVALID_SUPPLY_CHANGE_AMOUNT(105, "the supply change amount is invalid"),
    /** The id is zero, or names a mosaic that is not active. */
    INVALID_ID(107, "the mosaic id is invalid"),
    /** A mosaic whose supply is not zero cannot be redefined. */
    MODIFICATION_DISALLOWED(150, "the mosaic cannot be redefined while it has a supply"),
    /** A redefinition would change nothing. */
    MODIFICATION_NO_CHANGES(151, "the redefinition changes nothing"),
    /** The supply is immutable and the owner does not hold all of it. */
    SUPPLY_IMMUTABLE(161, "the mosaic supply is immutable"),
    /** The owner holds less than the decrease. */
    SUPPLY_NEGATIVE(162, "the supply would become negative"),
    /** The supply would pass the network's maximum. */
    SUPPLY_EXCEEDED(163, "the supply would exceed the maximum"),
    /** Neither party owns the non-transferable mosaic. */
    NON_TRANSFERABLE(164, "the mosaic is not transferable"),
    /** An offer would outlive the mosaic. */
    OFFER_DURATION_EXCEEDS_MOSAIC_DURATION(165, "the offer outlives the mosaic"),
    /** The recipient already holds the most different mosaics allowed. */
    MAX_MOSAICS_EXCEEDED(170, "the account would hold too many different mosaics"),
    /** The plugin's config section cannot be parsed. */
    PLUGIN_CONFIG_MALFORMED(171, "the mosaic plugin's config section is malformed");

    private final Definition definition;

    MosaicResults(int code, String reason) {
        definition = new Definition(MosaicTypes.FACILITY, "Mosaic", code, name(), reason);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
