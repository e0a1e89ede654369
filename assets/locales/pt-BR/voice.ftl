# O guia por voz: o aviso em Configurações, Som quando o guia não fala o idioma em uso, e as frases fixas do guia
# que scripts/voice.py transforma em áudio (nomes e frases dos exercícios ficam em content-exercises.ftl).
# Curtas, calmas, para o ouvido.

sound-voice-not-in-language = O guia por voz ainda não fala português, então as rotinas tocam apenas sons, seja qual for a sua escolha aqui.

voice-number-1 = Um
voice-number-2 = Dois
voice-number-3 = Três
voice-number-4 = Quatro
voice-number-5 = Cinco
voice-number-6 = Seis
voice-number-7 = Sete
voice-number-8 = Oito
voice-number-9 = Nove
voice-number-10 = Dez
voice-number-11 = Onze
voice-number-12 = Doze
voice-number-13 = Treze
voice-number-14 = Catorze
voice-number-15 = Quinze
voice-number-16 = Dezesseis
voice-number-17 = Dezessete
voice-number-18 = Dezoito
voice-number-19 = Dezenove
voice-number-20 = Vinte

voice-switch-sides = Troque de lado.
voice-rest = Descanse.
voice-halfway = Você está na metade.
voice-last-one = Última repetição.
voice-well-done = Muito bem.
voice-breathe-in = Inspire.
voice-breathe-out = Expire.
voice-sample = Olá. Esta é a voz que vai guiar você na sua rotina.
