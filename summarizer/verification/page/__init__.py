"""Reading the page: word tokens with their offsets (:mod:`.tokens`), an article's
structure read once (:mod:`.article`: paragraphs, sentences, quoted regions), text that scraping
glued or wrapped, what a sentence opens with that is not its words (:mod:`.stamps`), where a
quote stands (:mod:`.quote_spots`), and finding an evidence passage in the article
(:mod:`.locator`). The lowest layer: it imports nothing else of the verification package.

New code here reads the page's shape, never a field's value; a reader of one kind of value goes
in that value's sub-package.
"""
