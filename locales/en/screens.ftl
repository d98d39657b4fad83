# The screens' words (the screens still speak English while their words move here; a
# word written for a screen from now on is born here).

screen-report-pdf-language = PDF language
screen-report-pdf-language-help = The summary for your doctor can be in another language than Twinge; this journal remembers the choice.
