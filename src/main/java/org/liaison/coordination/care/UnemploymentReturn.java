package org.liaison.coordination.care;

/**
 * What the return to the paying state does to the entitlement (Reg. 883/2004 art. 64(2)).
 * <ul>
 * <li>{@code NOT_STATED}: no return date given; the answer says by when to be back.</li>
 * <li>{@code IN_TIME}: back on or before the last day of the export: the entitlement goes on (art. 64(2), 1st
 * sentence).</li>
 * <li>{@code LATE}: back after it: all entitlement under the paying state's legislation is lost, unless that
 * legislation is more favourable or the services allowed a later return (art. 64(2), 2nd and 3rd sentences).</li>
 * <li>{@code ENTITLEMENT_ENDED_ABROAD}: the entitlement ran out during the export; a later return loses nothing.</li>
 * </ul>
 */
public enum UnemploymentReturn { NOT_STATED, IN_TIME, LATE, ENTITLEMENT_ENDED_ABROAD }
