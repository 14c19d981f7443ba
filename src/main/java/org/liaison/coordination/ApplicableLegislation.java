package org.liaison.coordination;

/**
 * Which state's social security legislation covers a person, and why: Reg. 883/2004 Title II (art. 11–16) with
 * Reg. 987/2009 art. 14–16, the UK protocol, France's bilateral conventions and the coordination decrees, with
 * every constant read as a dated parameter from the agreements registry. A pure function of the situation.
 */
public interface ApplicableLegislation {

    Decision decide(Situation situation);
}
