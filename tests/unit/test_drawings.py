"""liverguide.drawings: the artery drawing names every part, escapes its words, and differs by line style."""

from liverguide.drawings import artery_svg


def test_the_artery_drawing_names_every_part_and_escapes_its_words():
    labels = {"liver": "Liver", "tumour": "Tumour <b>", "artery": "Artery", "vein": "Vein", "tube": "Tube & wire"}
    svg = artery_svg(labels)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "Tumour &lt;b&gt;" in svg and "Tube &amp; wire" in svg
    assert "stroke-dasharray" in svg  # the vein differs from the artery by line style, not colour alone
