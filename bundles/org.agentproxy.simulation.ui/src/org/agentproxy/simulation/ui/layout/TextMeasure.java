package org.agentproxy.simulation.ui.layout;

/** The size of text as the drawing code will paint it: the layout sizes boxes and labels with it. */
public interface TextMeasure {

    /** The width of one line of text, in pixels. */
    int width(String text);

    /** The height of one line of text, in pixels. */
    int height();
}
